import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../../src-main/node/ingest/places/extract-places';
import { shortFormsOf } from '../../../src-main/node/ingest/places/short-forms';

const places = (text: string, title = '') => extractPlaces(title, text);

describe('extractPlaces against the GB/T 2260 divisions', () => {
  it('a city by its short form, with its province', () => {
    expect(places('衢州推进新材料产业发展。')).toEqual(['衢州市', '浙江省']);
  });

  it('a county by its full name files under its city and province', () => {
    expect(places('龙游县推进产业升级。')).toEqual(['龙游县', '衢州市', '浙江省']);
  });

  it('a county short form counts only when its city or province is named', () => {
    expect(places('龙游推进产业升级。')).toEqual([]);
    expect(places('衢州龙游推进产业升级。')).toEqual(['龙游县', '衢州市', '浙江省']);
  });

  it('an ambiguous name resolves only when the text names its province or city', () => {
    expect(places('朝阳区举办招商活动。')).toEqual([]);
    expect(places('北京市朝阳区举办招商活动。')).toEqual(['朝阳区', '北京市']);
    expect(places('辽宁朝阳发布新政。')).toEqual(['朝阳市', '辽宁省']);
    expect(places('鼓楼区召开会议。')).toEqual([]);
    expect(places('福州鼓楼区召开会议。')).toEqual(['鼓楼区', '福州市', '福建省']);
    // Two 鼓楼区 in 江苏 (南京, 徐州): the province does not decide it.
    expect(places('江苏鼓楼区召开会议。')).toEqual(['江苏省']);
  });

  it('provinces and prefecture cities win over obscure namesakes', () => {
    expect(places('海南自贸港建设')).toEqual(['海南省']);
    expect(places('西安发布新政')).toEqual(['西安市', '陕西省']);
    expect(places('吉林发布新政')).toEqual(['吉林省']);
    expect(places('恩施州和延边州')).toEqual([
      '恩施土家族苗族自治州',
      '延边朝鲜族自治州',
      '湖北省',
      '吉林省',
    ]);
  });

  it('ordinary words are not taken for places', () => {
    const prose =
      '各级公安机关会同有关部门，提高安全水平，推广大理石加工和新兴产业合作，' +
      '人民和政府共同努力，南海局势稳定，中山路商铺，扩大同各国交往，比如和平发展，提高县域经济。';
    expect(places(prose)).toEqual([]);
    // A unique full name needs no context: 东城区 exists only in 北京.
    expect(places('东城区和西城区')).toEqual(['东城区', '西城区', '北京市']);
  });

  it('the most mentioned place comes first, and a title mention weighs more', () => {
    expect(places('宁波和温州。宁波又一次。宁波。')).toEqual(['宁波市', '温州市', '浙江省']);
    expect(places('温州的企业。', '宁波港口新政')).toEqual(['宁波市', '温州市', '浙江省']);
  });

  it('keeps at most eight places', () => {
    const text = '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水';
    expect(places(text)).toHaveLength(8);
  });

  it('short forms are never one character and never the ordinary-word list', () => {
    expect(shortFormsOf('沙县', 'county')).toEqual([]);
    expect(shortFormsOf('和平区', 'county')).toEqual([]);
    expect(shortFormsOf('衢州市', 'city')).toEqual(['衢州']);
    expect(shortFormsOf('恩施土家族苗族自治州', 'city')).toEqual(['恩施', '恩施州']);
    expect(shortFormsOf('广西壮族自治区', 'province')).toEqual(['广西']);
  });

  it('is fast enough to run on every imported article', () => {
    const article =
      '衢州市龙游县推进新材料产业发展，'.repeat(20) + '各级部门共同努力提高营商环境。'.repeat(150);
    extractPlaces('', article);
    const runs = 200;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) extractPlaces('标题', article);
    const perArticle = (performance.now() - started) / runs;
    expect(perArticle).toBeLessThan(5); // ~2,600 characters: well under a millisecond when idle
  });
});
